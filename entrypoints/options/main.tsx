import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  DATASET_PANEL_TEXT as T,
  DatasetPanel,
  type DatasetActions,
} from '../../components/DatasetPanel';
import { sendMessage, type DatasetSummary } from '../../utils/messages';

type State =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ok'; info: DatasetSummary };

function Options() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const refresh = async () => {
    setState({ status: 'ok', info: await sendMessage('getDatasetInfo', undefined) });
  };
  useEffect(() => {
    refresh().catch((error: unknown) =>
      setState({
        status: 'error',
        message: error instanceof Error ? error.message : String(error),
      }),
    );
  }, []);
  const actions = useMemo<DatasetActions>(
    () => ({
      importFile: async (file) => {
        const result = await sendMessage('importDataset', await file.text());
        if (result.ok) await refresh();
        return result;
      },
      exportDataset: () => sendMessage('exportDataset', undefined),
      reset: async () => {
        const info = await sendMessage('resetDataset', undefined);
        setState({ status: 'ok', info });
        return info;
      },
    }),
    [],
  );
  return (
    <>
      <header>
        <h1>Ai là ai — Tùy chọn</h1>
      </header>
      {state.status === 'loading' ? <p class="status">{T.loading}</p> : null}
      {state.status === 'error' ? <p class="status error">{T.loadFailed(state.message)}</p> : null}
      {state.status === 'ok' ? <DatasetPanel info={state.info} actions={actions} /> : null}
    </>
  );
}

render(<Options />, document.getElementById('app')!);
