/** The CDP Profiler's CPU profile, and its samples laid out in time with their stacks. */

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Sample {
  /** ms from navigation. */
  at: number;
  ms: number;
  stack: ProfileNode[];
}

/** Samples with their time (ms from navigation) and weight, stacks leaf first. */
export function samplesOf(profile: CpuProfile, navigationStartUs: number): Sample[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const stacks = new Map<number, ProfileNode[]>();
  const stackOf = (id: number): ProfileNode[] => {
    let stack = stacks.get(id);
    if (!stack) {
      stack = [];
      for (let node: ProfileNode | undefined = byId.get(id); node && node.callFrame.functionName !== '(root)'; node = parent.get(node.id)) stack.push(node);
      if (stack.length === 0) stack.push(byId.get(id)!);
      stacks.set(id, stack);
    }
    return stack;
  };
  const samples: Sample[] = [];
  let time = profile.startTime;
  const times = profile.timeDeltas.map((delta) => (time += delta));
  for (let i = 0; i < profile.samples.length; i++) {
    const next = times[i + 1] ?? profile.endTime;
    samples.push({ at: (times[i]! - navigationStartUs) / 1000, ms: Math.max(0, next - times[i]!) / 1000, stack: stackOf(profile.samples[i]!) });
  }
  return samples;
}
