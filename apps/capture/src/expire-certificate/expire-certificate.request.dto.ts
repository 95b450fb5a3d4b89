import { FactTime } from '../shared/dto/fact-time';

/** The body of "record the expiry" of the certificate in the path. */
export class ExpireCertificateRequestDto {
  @FactTime('expiredAt')
  expiredAt!: string;
}
