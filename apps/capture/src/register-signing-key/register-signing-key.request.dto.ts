import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';

/** The body of POST /parties/{partyId}/signing-keys; the domain checks the key's form and the label again. */
export class RegisterSigningKeyRequestDto {
  @ApiProperty({ description: 'Raw 32-byte Ed25519 public key, base64url without padding (43 characters)', example: 'Bu1bqVnbDZ7j1yVyDA4hTMm0MYNfdN8hDDBw2r9r6cA' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/, { message: 'publicKey must be a raw 32-byte Ed25519 public key in base64url without padding (43 characters)' })
  publicKey!: string;

  @ApiPropertyOptional({ example: 'apiary-phone-1', description: 'Which field device of the party holds the private key' })
  @IsOptional()
  @IsString()
  device?: string;
}
