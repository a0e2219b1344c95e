import { act } from '@testing-library/react';
import { vi } from 'vitest';
import { defaultResponseTimeoutMs, type TokenStorage } from '../lib/tokenSession';

interface QueuedMessage {
  sender: FakeBroadcastChannel;
  data: unknown;
}

/**
 * An in-memory BroadcastChannel for tests that must see a state before another tab's message arrives.
 * Messages wait in a queue until `deliverQueuedMessages` runs, and then reach every other open channel
 * with the same name, as in browsers, where a channel never receives its own messages.
 */
export class FakeBroadcastChannel {
  private static openChannels = new Set<FakeBroadcastChannel>();
  private static queue: QueuedMessage[] = [];

  readonly name: string;
  onmessage: ((event: MessageEvent) => void) | null = null;

  constructor(name: string) {
    this.name = name;
    FakeBroadcastChannel.openChannels.add(this);
  }

  postMessage(message: unknown) {
    if (!FakeBroadcastChannel.openChannels.has(this)) {
      throw new DOMException('The channel is closed.', 'InvalidStateError');
    }
    FakeBroadcastChannel.queue.push({ sender: this, data: structuredClone(message) });
  }

  close() {
    FakeBroadcastChannel.openChannels.delete(this);
  }

  /** Delivers the queued messages, and those that their handlers post, until the queue is empty. */
  static deliverQueuedMessages() {
    while (FakeBroadcastChannel.queue.length > 0) {
      const { sender, data } = FakeBroadcastChannel.queue.shift()!;
      for (const channel of FakeBroadcastChannel.openChannels) {
        if (channel !== sender && channel.name === sender.name) {
          channel.onmessage?.(new MessageEvent('message', { data }));
        }
      }
    }
  }

  /** Closes every channel and drops the queue, so one test's tabs cannot reach the next test's. */
  static reset() {
    FakeBroadcastChannel.openChannels.clear();
    FakeBroadcastChannel.queue = [];
  }
}

/** Returns a Map-backed storage, so each simulated tab has its own sessionStorage. */
export function createMemoryStorage(): TokenStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

/**
 * Holds back every timeout of `defaultResponseTimeoutMs`, which only the wait for another tab uses, until the test
 * calls `expire`. Loading a page's modules in a test run can take longer than the wait, so a real timer could end
 * it before the test checks the loading state. Other timeouts run as usual, and the spies end with the test.
 */
export function holdResponseTimeouts() {
  const realSetTimeout = globalThis.setTimeout;
  const realClearTimeout = globalThis.clearTimeout;
  const heldCallbacks = new Map<number, () => void>();
  let nextHeldId = -1;

  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    if (delay === defaultResponseTimeoutMs && typeof handler === 'function') {
      const id = nextHeldId;
      nextHeldId -= 1;
      heldCallbacks.set(id, () => handler(...args));
      return id;
    }
    return realSetTimeout(handler as () => void, delay, ...args);
  }) as typeof setTimeout);
  vi.spyOn(globalThis, 'clearTimeout').mockImplementation((id) => {
    if (typeof id === 'number' && heldCallbacks.delete(id)) {
      return;
    }
    realClearTimeout(id);
  });

  return {
    /** Counts the waits that are still running. */
    heldCount: () => heldCallbacks.size,
    /** Runs the held timeouts, as if the wait had passed. */
    expire() {
      const callbacks = [...heldCallbacks.values()];
      heldCallbacks.clear();
      act(() => {
        for (const callback of callbacks) {
          callback();
        }
      });
    },
  };
}
