/** The problem a trial's refusal names, without its opening and its advice (the confirm dialog says both). */
export function problemOf(reason: string): string {
  return reason.replace(/^修正后(会出现新的问题：)?/, '').replace(/[，。]未自动修正[，：].*$/, '');
}
