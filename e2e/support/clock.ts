/**
 * Times to move a page's clock to. A venue page carries its opening instants from when it was
 * rendered (now) for two weeks, so the clock goes forward, never back.
 */

/**
 * The next `weekday` (0 is Sunday) at `time` on Mexico City's clock (UTC−6 all year since 2022),
 * at least an hour from now, as an ISO instant.
 */
export function upcoming(weekday: number, time: string): string {
  const mexicoCity = new Date(Date.now() - 6 * 3_600_000);
  for (let add = 0; add < 15; add++) {
    const day = new Date(
      Date.UTC(mexicoCity.getUTCFullYear(), mexicoCity.getUTCMonth(), mexicoCity.getUTCDate() + add),
    );
    const at = `${day.toISOString().slice(0, 10)}T${time}:00-06:00`;
    if (day.getUTCDay() === weekday && new Date(at).getTime() > Date.now() + 3_600_000) return at;
  }
  throw new Error(`no weekday ${weekday} in the next two weeks`);
}
