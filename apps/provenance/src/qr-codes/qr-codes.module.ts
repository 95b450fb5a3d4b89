import { Module } from '@nestjs/common';
import { GetLotQrController } from '../get-lot-qr/get-lot-qr.controller';
import { GetLotQrHandler } from '../get-lot-qr/get-lot-qr.handler';
import { GetPackingLabelsController } from '../get-packing-labels/get-packing-labels.controller';
import { GetPackingLabelsHandler } from '../get-packing-labels/get-packing-labels.handler';
import { GetUnitQrController } from '../get-unit-qr/get-unit-qr.controller';
import { GetUnitQrHandler } from '../get-unit-qr/get-unit-qr.handler';
import { publicUrlProvider } from './public-url.provider';

/**
 * QR codes of lots and units (SVG, PNG) and label sheets of packing runs (PDF), pointing at the
 * public resolver (TAMGA_PUBLIC_URL). Its own module so the provenance module gains one import.
 */
@Module({
  controllers: [GetLotQrController, GetUnitQrController, GetPackingLabelsController],
  providers: [publicUrlProvider, GetLotQrHandler, GetUnitQrHandler, GetPackingLabelsHandler],
})
export class QrCodesModule {}
