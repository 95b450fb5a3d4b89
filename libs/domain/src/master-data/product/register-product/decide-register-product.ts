import { CommandMetadata } from '../../../shared/command-metadata';
import { unitOf } from '../../../shared/unit-of-measure';
import { gtinOf } from '../../gs1/gtin';
import { localisedNamesOf } from '../../shared/localised-names';
import { assertUnchanged, nextVersion } from '../../shared/next-version';
import { oneOf } from '../../shared/one-of';
import { assertReferenceId } from '../../shared/reference-id';
import { Product } from '../product';
import { PRODUCT_CATEGORIES } from '../product-category';
import { ProductEvent } from '../product-event';
import { ProductState } from '../product-state';
import { yieldBoundsOf } from '../yield-bound';
import { RegisterProduct } from './register-product.command';

/**
 * Decides a product registration (`product.registered`, version 1) or revision (`product.revised`).
 * Enforces: valid id, GTIN check digit (stored as GTIN-14), ky/ru/en names, known category and
 * unit, valid yield bounds; on revision the GTIN (printed on labels and in Digital Links) and the
 * unit (lots already recorded in it) cannot change.
 */
export function decideRegisterProduct(command: RegisterProduct, state: ProductState, _meta: CommandMetadata): [ProductEvent] {
  const productId = assertReferenceId(command.productId, 'productId');
  const version = nextVersion('product', productId, state, command.expectedVersion);
  const gtin = gtinOf(command.gtin, 'gtin');
  const names = localisedNamesOf(command.names, 'names');
  const category = oneOf(command.category, PRODUCT_CATEGORIES, 'category');
  const unit = unitOf(command.unit, 'unit').code;
  const yieldBounds = yieldBoundsOf(command.yieldBounds ?? [], 'yieldBounds');
  if (state.status === 'registered') {
    assertUnchanged('product', 'gtin', state.gtin, gtin);
    assertUnchanged('product', 'unit', state.unit, unit);
  }
  const data: Product = { productId, version, gtin, names, category, unit, yieldBounds };
  return version === 1
    ? [{ type: 'product.registered', schemaVersion: 1, data }]
    : [{ type: 'product.revised', schemaVersion: 1, data }];
}
