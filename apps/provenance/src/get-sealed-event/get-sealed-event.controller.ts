import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SealedEventView } from '#tamga/merkle-log';
import { eventIdParam } from '../merkle-log-reads/log-params';
import { GetSealedEventQuery } from './get-sealed-event.query';

/**
 * GET /log/events/{eventId}: the event exactly as stored, with its seal and record hash, so anyone
 * can recompute the record hash (ADR 0016) and check it against an inclusion proof. Public.
 */
@ApiTags('log')
@Controller('log/events')
export class GetSealedEventController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':eventId')
  @ApiOkResponse({ description: 'The stored envelope with seal, recordHash and leafIndex (null until the relay adds it to the log)' })
  @ApiBadRequestResponse({ description: 'Not an event id: problem+json' })
  @ApiNotFoundResponse({ description: 'No such event: problem+json' })
  get(@Param('eventId') eventId: string): Promise<SealedEventView> {
    return this.queryBus.execute<GetSealedEventQuery, SealedEventView>(new GetSealedEventQuery(eventIdParam(eventId)));
  }
}
