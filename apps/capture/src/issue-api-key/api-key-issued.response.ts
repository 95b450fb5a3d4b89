import { ApiProperty } from '@nestjs/swagger';
import { ApiKeyFacts } from '../shared/dto/api-key-facts.dto';

/** What issuing answers: the key's facts and, this once only, the whole key. */
export class ApiKeyIssuedResponse extends ApiKeyFacts {
  @ApiProperty({
    example: 'tmg_0h7k2m9q4r6t8v1x_3q2-7wEjAn0rT8zQvXkYb1mL5cF9dH4sP6uR0tW2yZa',
    description: 'Send as "Authorization: Bearer <apiKey>". Shown in this answer only: Tamga keeps just a hash of its secret.',
  })
  apiKey!: string;
}
