import { PageQueryDto } from '../master-data-reads/page-query.dto';

/** The query of GET /exports: a page, in shipment-id order. */
export class ListExportsRequestDto extends PageQueryDto {}
