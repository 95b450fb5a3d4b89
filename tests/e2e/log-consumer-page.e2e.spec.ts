import { fromHex, leafHash, verifyInclusion } from '#tamga/integrity';
import { LogCheckpointer } from '#tamga/merkle-log';
import { HoneyJourney, recordHoneyJourney } from './consumer-page/honey-journey';
import { useOwnTamga } from '../support/use-own-tamga';
import { eventually, jsonOf } from '../support/test-infrastructure';

/** The integrity line of each language: pending while no checkpoint covers the latest event, then the checkpoint and its proof. */
const LINES: Record<string, { pending: string; recorded: (n: number) => string; proof: string }> = {
  en: { pending: 'The latest entry is not yet in a signed checkpoint of the Tamga log', recorded: (n) => `Recorded in the Tamga log at checkpoint ${n}.`, proof: 'Check the proof' },
  ru: { pending: 'Последняя запись ещё не вошла в подписанную контрольную точку журнала Tamga', recorded: (n) => `Записано в журнале Tamga на контрольной точке ${n}.`, proof: 'Проверить доказательство' },
  ky: { pending: 'Акыркы жазуу Tamga журналынын кол коюлган текшерүү чекитине али кире элек', recorded: (n) => `Tamga журналына ${n}-текшерүү чекитинде жазылган.`, proof: 'Далилди текшерүү' },
  ja: { pending: '最新の記録はまだTamgaログの署名付きチェックポイントに含まれていません', recorded: (n) => `Tamgaログのチェックポイント${n}に記録されています。`, proof: '証明を確認する' },
  zh: { pending: '最新记录尚未纳入Tamga日志的已签名检查点', recorded: (n) => `已记录在Tamga日志的检查点${n}中。`, proof: '查看证明' },
};

describe('consumer page: the integrity line tells where the lot stands in the Tamga log', () => {
  const own = useOwnTamga();
  let journey: HoneyJourney;
  const lotPath = () => `/01/${journey.honeyGtin}/10/${journey.honeyLot}`;
  const page = async (lang: string) => (await fetch(`${own.tamga.provenanceUrl}${lotPath()}?lang=${lang}`, { headers: { accept: 'text/html' } })).text();
  const get = async (path: string) => {
    const response = await fetch(`${own.tamga.provenanceUrl}${path}`);
    return { status: response.status, body: await jsonOf(response) };
  };

  beforeAll(async () => {
    journey = await recordHoneyJourney(() => own.tamga.captureUrl, () => own.tamga.provenanceUrl);
  }, 120_000);

  it('says honestly that the latest entry is not checkpointed yet, then names the checkpoint and links its inclusion proof, in every language', async () => {
    // The run makes no checkpoint on its own: every page says the latest entry is pending.
    for (const [lang, line] of Object.entries(LINES)) expect(await page(lang)).toContain(line.pending);

    const story = (await fetch(`${own.tamga.provenanceUrl}${lotPath()}`, { headers: { accept: 'application/json' } }).then(jsonOf)) as { integrity: { lastEventId: string } };
    const latest = story.integrity.lastEventId;
    await eventually(async () => ((await get(`/log/events/${latest}`)).body.leafIndex !== null ? true : undefined), 20_000, 'the latest event in the log');
    const checkpoint = await new LogCheckpointer(own.pool, { every: 1, intervalMs: 0 }).checkpointIfDue();
    expect(checkpoint).not.toBeNull();
    const n = checkpoint!.treeSize;

    // Each language's page is cached for a moment: wait until it tells the checkpoint.
    const proofHref = `/log/events/${latest}/inclusion-proof?treeSize=${n}`;
    for (const [lang, line] of Object.entries(LINES)) {
      const html = await eventually(async () => {
        const text = await page(lang);
        return text.includes(line.recorded(n)) ? text : undefined;
      }, 20_000, `the ${lang} page to name the checkpoint`);
      expect(html).toContain(`<a href="${proofHref.replace(/&/g, '&amp;')}">${line.proof}</a>`);
      expect(html).not.toContain(line.pending);
    }
    // The link is the proof of the lot's latest event against that checkpoint, and it verifies.
    const { status, body: proof } = await get(proofHref);
    expect(status).toBe(200);
    expect(proof.eventId).toBe(latest);
    expect(verifyInclusion(proof.leafIndex, n, leafHash(fromHex(proof.recordHash)), proof.auditPath.map(fromHex), fromHex(checkpoint!.rootHash))).toBe(true);
  }, 120_000);
});
