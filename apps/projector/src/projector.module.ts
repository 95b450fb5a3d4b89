import { Module } from '@nestjs/common';
import { DatabaseModule } from '#tamga/platform';
import { ProjectorService } from './projector.service';

/** Kafka to read models. */
@Module({ imports: [DatabaseModule], providers: [ProjectorService] })
export class ProjectorModule {}
