import { CHECK_FUNCTION, SUMMARY_FUNCTION, registerRibbonFunctions, ribbonHandler } from '../../src/addin/commands';

type Handler = (event: { completed: () => void }) => void;

const globals = globalThis as unknown as Record<string, unknown>;

/** Installs a minimal Office and an Excel whose every batch fails; returns the registered handlers and the pane opener. */
function installOffice(sharedRuntime: boolean, showAsTaskpane: () => Promise<void>) {
  const handlers = new Map<string, Handler>();
  const show = jest.fn(showAsTaskpane);
  globals.Office = {
    onReady: () => Promise.resolve({ host: null }),
    actions: { associate: (name: string, fn: Handler) => handlers.set(name, fn) },
    addin: { showAsTaskpane: show },
    context: { displayLanguage: 'vi-VN', requirements: { isSetSupported: (set: string) => sharedRuntime && set === 'SharedRuntime' } },
  };
  globals.Excel = { run: () => Promise.reject(Object.assign(new Error('busy'), { code: 'InvalidOperation' })) };
  return { handlers, show };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
});

describe('ribbon functions', () => {
  it('registers both functions at once, before anything else is loaded', () => {
    const { handlers } = installOffice(true, () => Promise.resolve());
    expect(registerRibbonFunctions()).toBe(true);
    expect([...handlers.keys()]).toEqual([CHECK_FUNCTION, SUMMARY_FUNCTION]);
  });

  it('registers nothing, and does not throw, where Office has no ribbon functions', () => {
    globals.Office = { onReady: () => Promise.resolve({ host: null }) };
    expect(registerRibbonFunctions()).toBe(false);
  });

  it('in a shared runtime, completes the event before the run even starts', () => {
    installOffice(true, () => Promise.resolve());
    const completed = jest.fn();
    ribbonHandler('check')({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('without a shared runtime, completes once when the run fails, never waiting for the pane to open', async () => {
    const { show } = installOffice(false, () => new Promise<void>(() => undefined));
    for (const kind of ['check', 'summary'] as const) {
      const completed = jest.fn();
      ribbonHandler(kind)({ completed } as unknown as Office.AddinCommands.Event);
      expect(completed).not.toHaveBeenCalled();
      await until(() => completed.mock.calls.length > 0 && show.mock.calls.length > 0);
      expect(completed).toHaveBeenCalledTimes(1);
    }
    expect(show).toHaveBeenCalledTimes(2);
  });

  it('completes the event even when opening the pane throws at once', async () => {
    installOffice(false, () => {
      throw new Error('no pane here');
    });
    const completed = jest.fn();
    ribbonHandler('summary')({ completed } as unknown as Office.AddinCommands.Event);
    await until(() => completed.mock.calls.length > 0);
    expect(completed).toHaveBeenCalledTimes(1);
  });
});
