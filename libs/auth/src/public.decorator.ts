import { CustomDecorator, SetMetadata } from '@nestjs/common';

/** Metadata key of {@link Public}. */
export const IS_PUBLIC_KEY = 'tamga:public';

/** Marks a route (or a controller) that answers without an API key where the guard would ask for one. */
export const Public = (): CustomDecorator<string> => SetMetadata(IS_PUBLIC_KEY, true);
