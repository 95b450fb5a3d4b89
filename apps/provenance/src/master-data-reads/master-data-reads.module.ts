import { Module } from '@nestjs/common';
import { GetPartyController } from '../get-party/get-party.controller';
import { GetPartyHandler } from '../get-party/get-party.handler';
import { GetPlaceController } from '../get-place/get-place.controller';
import { GetPlaceHandler } from '../get-place/get-place.handler';
import { GetProductController } from '../get-product/get-product.controller';
import { GetProductHandler } from '../get-product/get-product.handler';
import { GetSchemeController } from '../get-scheme/get-scheme.controller';
import { GetSchemeHandler } from '../get-scheme/get-scheme.handler';
import { GetVillageSpecialisationsController } from '../get-village-specialisations/get-village-specialisations.controller';
import { GetVillageSpecialisationsHandler } from '../get-village-specialisations/get-village-specialisations.handler';
import { ListPartiesController } from '../list-parties/list-parties.controller';
import { ListPartiesHandler } from '../list-parties/list-parties.handler';
import { ListPlacesController } from '../list-places/list-places.controller';
import { ListPlacesHandler } from '../list-places/list-places.handler';
import { ListProductsController } from '../list-products/list-products.controller';
import { ListProductsHandler } from '../list-products/list-products.handler';

/**
 * Master data on the read side: places, products, parties (public data only), schemes and
 * village specialisations from the read models. Its own module so the provenance module gains
 * one import (the QueryBus is global: CqrsModule.forRoot).
 */
@Module({
  controllers: [
    ListPlacesController,
    GetPlaceController,
    ListProductsController,
    GetProductController,
    ListPartiesController,
    GetPartyController,
    GetSchemeController,
    GetVillageSpecialisationsController,
  ],
  providers: [
    ListPlacesHandler,
    GetPlaceHandler,
    ListProductsHandler,
    GetProductHandler,
    ListPartiesHandler,
    GetPartyHandler,
    GetSchemeHandler,
    GetVillageSpecialisationsHandler,
  ],
})
export class MasterDataReadsModule {}
