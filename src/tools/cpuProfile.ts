// `node dist/tools/cpuProfile.js <file.cpuprofile>... [--top N]`: the functions that took the most time in
// profiles written by `node --cpu-prof` (one per thread: the CLI's workers write their own), by self time,
// with their total time (themselves and what they called). Functions are merged by name and place.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' } } });

for (const file of positionals) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const parent = new Map<number, number>();
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const name = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${basename(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((sample, i) => {
    const micros = profile.timeDeltas[i] ?? 0;
    all += micros;
    const own = name(nodes.get(sample)!);
    self.set(own, (self.get(own) ?? 0) + micros);
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const label = name(nodes.get(id)!);
      if (!seen.has(label)) total.set(label, (total.get(label) ?? 0) + micros);
      seen.add(label);
    }
  });
  console.log(`${file}: ${(all / 1000).toFixed(0)} ms sampled\n${'self ms'.padStart(8)} ${'%'.padStart(5)} ${'total ms'.padStart(9)}  function`);
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top));
  for (const [label, micros] of top) {
    console.log(`${(micros / 1000).toFixed(0).padStart(8)} ${((100 * micros) / all).toFixed(1).padStart(5)} ${((total.get(label) ?? 0) / 1000).toFixed(0).padStart(9)}  ${label}`);
  }
  console.log('');
}
