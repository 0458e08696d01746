import { FluentProvider, Tab, TabList, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { AddinApi } from '../excel';
import { CheckButton } from './components/CheckButton';
import { MessageArea } from './components/MessageArea';
import { NarrativeTab } from './components/NarrativeTab';
import { ProgressPanel } from './components/ProgressPanel';
import { ResultsTab } from './components/ResultsTab';
import { ScoresTab } from './components/ScoresTab';
import { SettingsTab } from './components/SettingsTab';
import { TabPanel } from './components/TabPanel';
import type { PriorYear } from './model/prior-year';
import { type PaneSettings, loadSettings, saveSettings } from './model/settings';
import { useChecker } from './state/useChecker';
import { PROFILES } from '../core/scoring/profiles';
import { describeError } from './model/error-message';

const useStyles = makeStyles({
  pane: {
    boxSizing: 'border-box',
    minWidth: '280px',
    padding: '10px',
    display: 'flex',
    flexDirection: 'column',
    gap: '10px',
    fontFamily: '"Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Segoe UI", sans-serif',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  tabs: { marginLeft: '-8px', marginRight: '-8px' },
});

type TabId = 'results' | 'scores' | 'narrative' | 'settings';

const PROFILE_OPTIONS = PROFILES.map((p) => ({ id: p.name, label: p.label }));

const TABS: { id: TabId; label: string }[] = [
  { id: 'results', label: '检查结果' },
  { id: 'scores', label: '绩效自评' },
  { id: 'narrative', label: '决算说明' },
  { id: 'settings', label: '设置' },
];

export function App(props: { api: AddinApi }) {
  const s = useStyles();
  const checker = useChecker(props.api);
  const [tab, setTab] = useState<TabId>('results');
  const [visited, setVisited] = useState<Set<TabId>>(() => new Set(['results']));
  const open = useCallback((id: TabId) => {
    setTab(id);
    setVisited((v) => (v.has(id) ? v : new Set([...v, id])));
  }, []);
  const [settings, setSettings] = useState<PaneSettings>(() => loadSettings());
  const [priorYear, setPriorYear] = useState<PriorYear | null>(null);

  const { say, runCheck } = checker;
  const changeSettings = useCallback(
    (next: PaneSettings) => {
      setSettings(next);
      saveSettings(next).catch((e) => say({ intent: 'warning', title: '设置未保存', text: describeError(e) }));
    },
    [say],
  );

  const onCheck = useCallback(() => {
    open('results');
    void runCheck(settings.profile);
  }, [open, runCheck, settings.profile]);

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={s.pane} aria-label="决算助手">
        <h1 className={s.title}>决算助手</h1>
        <CheckButton running={checker.state.running} hasResult={checker.state.result !== null} onCheck={onCheck} />
        <ProgressPanel progress={checker.state.progress} running={checker.state.running} />
        <MessageArea messages={checker.state.messages} onClose={checker.dismissMessage} />
        <TabList
          className={s.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, d) => open(d.value as TabId)}
          aria-label="决算助手功能"
        >
          {TABS.map((t) => (
            <Tab key={t.id} value={t.id} id={`tab-${t.id}`} aria-controls={`panel-${t.id}`}>
              {t.label}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="results" active={tab === 'results'} visited={visited.has('results')}>
          <ResultsTab checker={checker} />
        </TabPanel>
        <TabPanel id="scores" active={tab === 'scores'} visited={visited.has('scores')}>
          <ScoresTab result={checker.state.result} onLocate={checker.locate} />
        </TabPanel>
        <TabPanel id="narrative" active={tab === 'narrative'} visited={visited.has('narrative')}>
          <NarrativeTab api={props.api} result={checker.state.result} family={settings.narrativeFamily} profile={settings.profile} priorYear={priorYear} say={checker.say} onLocate={checker.locate} />
        </TabPanel>
        <TabPanel id="settings" active={tab === 'settings'} visited={visited.has('settings')}>
          <SettingsTab
            settings={settings}
            profiles={PROFILE_OPTIONS}
            scoreProfile={checker.state.result?.report.scoreProfile}
            onChange={changeSettings}
            priorYear={priorYear}
            onPriorYear={setPriorYear}
            say={checker.say}
          />
        </TabPanel>
      </main>
    </FluentProvider>
  );
}
