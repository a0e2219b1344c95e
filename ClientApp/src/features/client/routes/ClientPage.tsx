import { MessagePage } from '../../../components/MessagePage';

export function ClientPage() {
  return (
    <MessagePage title="Em breve">
      <p>A área do cliente ainda está em construção.</p>
    </MessagePage>
  );
}
