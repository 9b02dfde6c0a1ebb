import { describe, expect, it } from 'vitest';
import { MeetingEventSource } from './meetingEventSource';

const event = (sequence: number) => ({ sequence });

describe('MeetingEventSource', () => {
  it('gives a late listener the kept events after its sequence, then each new one, once', () => {
    const source = new MeetingEventSource<{ sequence: number }>(4);
    for (const sequence of [5, 6, 7]) source.emit(event(sequence));
    const heard: number[] = [];
    const { gap, stop } = source.listen(5, (e) => heard.push(e.sequence));
    source.emit(event(8));
    stop();
    source.emit(event(9));
    expect(heard).toEqual([6, 7, 8]);
    expect(gap).toBe(false);
  });

  it('tells a listener that asks for events from before the stream started that it must read again', () => {
    const source = new MeetingEventSource<{ sequence: number }>(10);
    source.emit(event(11));
    const heard: number[] = [];
    expect(source.listen(8, (e) => heard.push(e.sequence)).gap).toBe(true);
    expect(heard).toEqual([11]);
    expect(source.listen(10, () => undefined).gap).toBe(false);
  });

  it('keeps the latest 500 events and says when older ones were dropped', () => {
    const source = new MeetingEventSource<{ sequence: number }>(0);
    for (let sequence = 1; sequence <= 502; sequence += 1) source.emit(event(sequence));
    const heard: number[] = [];
    const { gap } = source.listen(0, (e) => heard.push(e.sequence));
    expect(gap).toBe(true);
    expect(heard[0]).toBe(3);
    expect(heard).toHaveLength(500);
    expect(source.listen(2, () => undefined).gap).toBe(false);
  });
});
