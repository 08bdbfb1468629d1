/** The header row of each file: the importer's canonical column names, in this order. */
export const DEMO_HEADERS = {
  customers:
    'customer_id,email,phone,first_name,last_name,city,country,postal_code,signup_date,signup_channel,accepts_marketing,age_band,gender,survey_favourite_treat,survey_visit_reason,survey_heard_from',
  orders:
    'order_id,order_date,customer_id,email,sku,product_name,category,quantity,unit_price,line_discount,channel,currency',
  reviews: 'customer_id,created_at,rating,body',
  events: 'customer_id,event_type,occurred_at',
} as const;
