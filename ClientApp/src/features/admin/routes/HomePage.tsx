import { getContractsPerDay, getReadiness } from '../api/adminApi';
import { ContractsChart } from '../components/ContractsChart';
import { DataState } from '../components/DataState';
import { ReadinessChecklist } from '../components/ReadinessChecklist';
import { useApiData } from '../model/useApiData';

/** Início: the readiness checklist and the last 30 days of contracts. */
export function HomePage() {
  const readiness = useApiData((signal) => getReadiness(signal), 'readiness');
  const perDay = useApiData((signal) => getContractsPerDay(30, signal), 'contracts-per-day');

  return (
    <>
      <h1>Início</h1>
      <DataState state={readiness}>{(data) => <ReadinessChecklist readiness={data} />}</DataState>
      <DataState state={perDay}>{(data) => <ContractsChart data={data} />}</DataState>
    </>
  );
}
