import { ReasonDto } from '../shared/dto/reason.dto';
import { FactTime } from '../shared/dto/fact-time';

/** The body of "revoke" the certificate in the path. */
export class RevokeCertificateRequestDto extends ReasonDto {
  @FactTime('revokedAt')
  revokedAt!: string;
}
