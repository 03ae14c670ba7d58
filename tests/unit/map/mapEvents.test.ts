import { describe, expect, it } from 'vitest';
import { MapEvents } from '../../../src/lib/map/mapEvents';

describe('MapEvents', () => {
  it('hands each event to the listeners of its type only, until they unsubscribe or all are cleared', () => {
    const events = new MapEvents<{ hover: number | null; ready: undefined }>();
    const heard: string[] = [];
    const offHover = events.on('hover', (county) => heard.push(`a ${county}`));
    events.on('hover', (county) => heard.push(`b ${county}`));
    events.on('ready', () => heard.push('ready'));
    events.emit('hover', 870);
    offHover();
    events.emit('hover', null);
    events.emit('ready', undefined);
    events.clear();
    events.emit('hover', 1);
    events.emit('ready', undefined);
    expect(heard).toEqual(['a 870', 'b 870', 'b null', 'ready']);
  });
});
