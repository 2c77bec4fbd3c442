/** "Trên trang này / On this page": the people found on a page. Pure view. */
import type { PagePerson } from '../lib/page/summarise-people';

export interface PagePeopleListProps {
  people: readonly PagePerson[];
}

export function PagePeopleList({ people }: PagePeopleListProps) {
  if (people.length === 0) {
    return <p class="empty">Không tìm thấy quan chức nào trên trang này.</p>;
  }
  return (
    <ul class="people" data-testid="page-people">
      {people.map((p) => (
        <li key={p.id ?? p.name} class={p.id ? 'linked' : 'unlinked'}>
          <div class="row">
            <span class="name" data-testid="person-name">
              {p.name}
            </span>
            <span class="count" title="Số lần nhắc đến">
              {p.mentions}
            </span>
          </div>
          {p.title ? <div class="title">{p.title}</div> : null}
          {p.id ? null : <div class="note">Không có trong dữ liệu</div>}
        </li>
      ))}
    </ul>
  );
}
