/** Ask for the products a village is registered for. */
export class GetVillageSpecialisationsQuery {
  constructor(readonly villageId: string) {}
}
