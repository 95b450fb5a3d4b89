import { Module } from '@nestjs/common';
import { DatabaseModule } from '#tamga/platform';
import { RelayService } from './relay.service';

/** Event store to Kafka. */
@Module({ imports: [DatabaseModule], providers: [RelayService] })
export class RelayModule {}
