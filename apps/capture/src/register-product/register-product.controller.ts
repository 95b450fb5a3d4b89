import { Body, Controller, Headers, Param, Post, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ReplyLike } from '#tamga/platform';
import { CurrentActor, Roles } from '#tamga/auth';
import { Actor } from '../auth/actor';
import { CommandResult } from '../shared/command-result';
import { idempotencyKeyFrom } from '../shared/idempotency-key';
import { sendCommandResult } from '../shared/send-command-result';
import { masterDataRequestHash } from '../register-master-data/master-data-request-hash';
import { MasterDataRecordedResponse } from '../register-master-data/master-data-recorded.response';
import { referenceIdParam } from '../register-master-data/reference-id-param';
import { productCommandOf } from './product-command-of';
import { RegisterProductCommand } from './register-product.command';
import { RegisterProductRequestDto } from './register-product.request.dto';
import { ReviseProductRequestDto } from './revise-product.request.dto';

/** POST /products registers a product (GTIN, names, category, unit, yield bounds); PUT /products/{productId} records its next version. */
@ApiTags('master data')
@Roles('admin')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No valid API key: problem+json' })
@ApiForbiddenResponse({ description: 'The key is not an admin\'s: problem+json' })
@Controller('products')
export class RegisterProductController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retry safely: the same key returns the first result' })
  @ApiCreatedResponse({ type: MasterDataRecordedResponse })
  @ApiUnprocessableEntityResponse({ description: 'problem+json naming each field and rule' })
  @ApiConflictResponse({ description: 'The product id is taken' })
  async register(
    @Body() body: RegisterProductRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    const idempotencyKey = idempotencyKeyFrom(idempotencyHeader);
    const requestHash = masterDataRequestHash('POST /products', idempotencyKey, body);
    const result = await this.commandBus.execute<RegisterProductCommand, CommandResult>(
      new RegisterProductCommand(productCommandOf(body.productId, body), actor.partyId, idempotencyKey, requestHash),
    );
    sendCommandResult(reply, result);
  }

  @Put(':productId')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: MasterDataRecordedResponse })
  @ApiConflictResponse({ description: 'expectedVersion is stale (the problem names the current version), or GTIN or unit would change' })
  @ApiNotFoundResponse({ description: 'No such product' })
  async revise(
    @Param('productId') productIdParam: string,
    @Body() body: ReviseProductRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    const productId = referenceIdParam(productIdParam, 'productId');
    const idempotencyKey = idempotencyKeyFrom(idempotencyHeader);
    const requestHash = masterDataRequestHash(`PUT /products/${productId}`, idempotencyKey, body);
    const result = await this.commandBus.execute<RegisterProductCommand, CommandResult>(
      new RegisterProductCommand(productCommandOf(productId, body), actor.partyId, idempotencyKey, requestHash),
    );
    sendCommandResult(reply, result);
  }
}
