import { MessagePage } from '../../../components/MessagePage';

export function AdminPage() {
  return (
    <MessagePage title="Em breve">
      <p>O painel administrativo ainda está em construção.</p>
    </MessagePage>
  );
}
