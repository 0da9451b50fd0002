// Facts of an index year that are not criteria. The number of provinces ranked: 63 provinces and cities
// until the 2024 index; 34 from the 2025 index, after the 2025 reorganisation of provincial units.
export function provincesRankedIn(year: number): number {
  return year >= 2025 ? 34 : 63;
}
