import { OfficeMockObject } from 'office-addin-mock';
import { SAVE_DEBOUNCE_MS, createOfficeSettingsStore } from '../../src/addin/settings-store';
import { SETTINGS_KEY } from '../../src/ui/settings';

const globals = globalThis as unknown as Record<string, unknown>;

/** Office with document settings in a map, through office-addin-mock; counts saveAsync calls. */
function installOffice(): { saves: () => number } {
  const stored = new Map<string, unknown>();
  let saves = 0;
  // office-addin-mock answers unloaded scalars with an error string, so the enum stays a plain object.
  globals.Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: new OfficeMockObject({
      document: {
        settings: {
          get: (key: string) => stored.get(key) ?? null,
          set: (key: string, value: unknown) => void stored.set(key, value),
          saveAsync: (callback: (result: { status: string }) => void) => {
            saves++;
            callback({ status: 'succeeded' });
          },
        },
      },
    }),
  };
  return { saves: () => saves };
}

afterEach(() => {
  jest.useRealTimers();
  delete globals.Office;
});

describe('settings saved through Office', () => {
  it('writes the document once per pause in typing, yet every change reads back at once', async () => {
    jest.useFakeTimers();
    const { saves } = installOffice();
    const store = createOfficeSettingsStore();
    const promises = ['6', '6 t', '6 th', '6 tháng'].map((period) => store.save({ thresholds: { critical: 50, warning: 70 }, period }));
    expect(store.load().period).toBe('6 tháng');
    expect(saves()).toBe(0);
    jest.advanceTimersByTime(SAVE_DEBOUNCE_MS);
    await Promise.all(promises);
    expect(saves()).toBe(1);
    void store.save({ thresholds: { critical: 40, warning: 60 } });
    jest.advanceTimersByTime(SAVE_DEBOUNCE_MS);
    expect(saves()).toBe(2);
    expect((globals.Office as { context: { document: { settings: { get(k: string): unknown } } } }).context.document.settings.get(SETTINGS_KEY)).toMatchObject({ thresholds: { critical: 40, warning: 60 } });
  });
});
