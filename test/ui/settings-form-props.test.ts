import { settingsFormProps } from '../../src/ui/components/SettingsForm';
import { paneText } from '../../src/ui/i18n';

describe('settings form props', () => {
  test('a host passes its layout, settings, imported catalogue name and actions the same way', async () => {
    const imported: string[] = [];
    const host = {
      state: { layout: null, settings: { thresholds: { critical: 50, warning: 70 } }, catalogueFile: { name: 'dm.csv' } },
      updateSettings: jest.fn(),
      importCatalogue: async (file: File) => void imported.push(file.name),
      removeImport: jest.fn(),
    };
    const t = paneText('vi');
    const props = settingsFormProps(t, host, true);
    expect(props).toMatchObject({ t, layout: null, settings: host.state.settings, importedName: 'dm.csv', disabled: true, onChange: host.updateSettings, onRemoveImport: host.removeImport });
    props.onImport(new File(['x'], 'b.xlsx'));
    await Promise.resolve();
    expect(imported).toEqual(['b.xlsx']);
    expect(settingsFormProps(t, { ...host, state: { ...host.state, catalogueFile: null } }, false).importedName).toBeNull();
  });
});
