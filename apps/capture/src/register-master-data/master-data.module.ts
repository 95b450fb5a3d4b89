import { Module } from '@nestjs/common';
import { EVENT_STORE_PROVIDER } from '../shared/event-store.provider';
import { ErasePartyPersonalDetailsController } from '../erase-party-personal-details/erase-party-personal-details.controller';
import { ErasePartyPersonalDetailsHandler } from '../erase-party-personal-details/erase-party-personal-details.handler';
import { GetPartyPersonalDetailsController } from '../get-party-personal-details/get-party-personal-details.controller';
import { GetPartyPersonalDetailsHandler } from '../get-party-personal-details/get-party-personal-details.handler';
import { PartyPersonalDetailsStore } from '../party-personal-details/party-personal-details.store';
import { RecordPartyPersonalDetailsController } from '../record-party-personal-details/record-party-personal-details.controller';
import { RecordPartyPersonalDetailsHandler } from '../record-party-personal-details/record-party-personal-details.handler';
import { RegisterPartyController } from '../register-party/register-party.controller';
import { RegisterPartyHandler } from '../register-party/register-party.handler';
import { RegisterPlaceController } from '../register-place/register-place.controller';
import { RegisterPlaceHandler } from '../register-place/register-place.handler';
import { RegisterProductController } from '../register-product/register-product.controller';
import { RegisterProductHandler } from '../register-product/register-product.handler';
import { RegisterSchemeController } from '../register-scheme/register-scheme.controller';
import { RegisterSchemeHandler } from '../register-scheme/register-scheme.handler';
import { RegisterSpecialisationController } from '../register-specialisation/register-specialisation.controller';
import { RegisterSpecialisationHandler } from '../register-specialisation/register-specialisation.handler';

/**
 * Master data on the write side: places, products, parties, schemes and village specialisations
 * as versioned events, and parties' personal details in their erasable table. Its own module so
 * the capture module gains one import, not twenty lines (the CommandBus is global: CqrsModule.forRoot).
 */
@Module({
  controllers: [
    RegisterPlaceController,
    RegisterProductController,
    RegisterPartyController,
    RegisterSchemeController,
    RegisterSpecialisationController,
    RecordPartyPersonalDetailsController,
    ErasePartyPersonalDetailsController,
    GetPartyPersonalDetailsController,
  ],
  providers: [
    EVENT_STORE_PROVIDER,
    PartyPersonalDetailsStore,
    RegisterPlaceHandler,
    RegisterProductHandler,
    RegisterPartyHandler,
    RegisterSchemeHandler,
    RegisterSpecialisationHandler,
    RecordPartyPersonalDetailsHandler,
    ErasePartyPersonalDetailsHandler,
    GetPartyPersonalDetailsHandler,
  ],
})
export class MasterDataModule {}
