type Handler = (event: { completed: () => void }) => Promise<void>;

describe('commands registration', () => {
  it('associates both ribbon functions and always completes the event, even when Excel fails', async () => {
    const handlers = new Map<string, Handler>();
    const globals = globalThis as unknown as Record<string, unknown>;
    globals.Office = {
      onReady: (callback: () => void) => {
        callback();
        return Promise.resolve({});
      },
      actions: { associate: (name: string, fn: Handler) => handlers.set(name, fn) },
      addin: { showAsTaskpane: jest.fn(() => Promise.resolve()) },
      context: { displayLanguage: 'vi-VN' },
    };
    globals.Excel = { run: () => Promise.reject(Object.assign(new Error('busy'), { code: 'InvalidOperation' })) };
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../src/addin/commands');
    });
    expect([...handlers.keys()]).toEqual(['chitieuCheck', 'chitieuSummary']);
    for (const handler of handlers.values()) {
      const completed = jest.fn();
      await handler({ completed });
      expect(completed).toHaveBeenCalledTimes(1);
    }
    expect((globals.Office as { addin: { showAsTaskpane: jest.Mock } }).addin.showAsTaskpane).toHaveBeenCalledTimes(2);
    delete globals.Office;
    delete globals.Excel;
  });
});
