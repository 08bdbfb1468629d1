import { type Store, sql } from '../../store/index.ts';

/** Adds products first seen in this import, keyed by SKU (or name when there is no SKU). */
export async function loadProducts(store: Store, newRows: string, importId: number): Promise<number> {
  return store.run(sql`INSERT INTO products
    SELECT (SELECT coalesce(max(product_id), 0) FROM products) + row_number() OVER (ORDER BY k.product_key), k.*, ${importId}
    FROM (SELECT coalesce(sku, product_name) AS product_key, any_value(sku) AS sku,
            arg_min(product_name, row_no) FILTER (WHERE product_name IS NOT NULL) AS name,
            arg_min(category, row_no) FILTER (WHERE category IS NOT NULL) AS category
          FROM ${sql.ident(newRows)} WHERE coalesce(sku, product_name) IS NOT NULL GROUP BY 1) k
    ANTI JOIN products p ON p.product_key = k.product_key`);
}
