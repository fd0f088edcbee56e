/**
 * What a price can be per: "$80 a barrel", "US$2.71 per share". The unit is
 * recorded in the mention's `per` field and stays outside its span.
 */
export const PRICE_UNITS: readonly string[] = [
  'share', 'unit', 'barrel', 'bbl', 'tonne', 'ton', 'metric ton', 'metric tonne', 'short ton', 'ounce', 'troy ounce', 'oz',
  'pound', 'lb', 'kilogram', 'kilo', 'kg', 'gram', 'g', 'bushel', 'gallon', 'litre', 'liter', 'cubic metre',
  'cubic meter', 'thousand cubic feet', 'kilowatt hour', 'kWh', 'megawatt hour', 'MWh', 'MMBtu', 'million British thermal units', 'square foot', 'square feet',
  'square metre', 'square meter', 'sq ft', 'hectare', 'acre', 'head', 'person', 'passenger', 'seat', 'ticket',
  'vehicle', 'car', 'device', 'dose', 'night', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'annum',
];

/** Words after "a year", "a day" … that make it a time reference, not a rate: "a year earlier". */
export const NOT_A_RATE_AFTER: readonly string[] = ['earlier', 'ago', 'before', 'after', 'later', 'prior', 'previously', 'on', 'from', 'back'];
