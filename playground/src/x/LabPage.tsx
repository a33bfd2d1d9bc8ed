import { NotEditable, PlainEditable } from '../shared/PlainEditable';
import { DraftComposer } from './DraftComposer';

/**
 * /__lab: editors with unusual behaviour for the insertion tests (not a page of x.com).
 * In document order: Draft (normal), Draft (rejects all), Draft (drops emoji), Draft (drops emoji,
 * undo merged with typing), plain contenteditable, plain contenteditable (rejects all), a
 * non-editable box.
 */
export function LabPage() {
  return (
    <div className="pg-lab">
      <h2>Editor lab (X)</h2>
      <section data-lab="draft-normal">
        <h3>Draft.js</h3>
        <DraftComposer placeholder="Post your reply" ariaLabel="Post text" buttonTestId="tweetButtonInline" buttonText="Reply" avatarName="Lab" />
      </section>
      <section data-lab="draft-reject">
        <h3>Draft.js, state refuses every change</h3>
        <DraftComposer placeholder="Locked" ariaLabel="Locked post text" buttonTestId="tweetButtonInline" buttonText="Reply" avatarName="Lab" mode="reject" />
      </section>
      <section data-lab="draft-strip-emoji">
        <h3>Draft.js, pastes lose their emoji</h3>
        <DraftComposer placeholder="No emoji" ariaLabel="Post text without emoji" buttonTestId="tweetButtonInline" buttonText="Reply" avatarName="Lab" mode="strip-emoji" />
      </section>
      <section data-lab="draft-strip-emoji-merging">
        <h3>Draft.js, pastes lose their emoji and merge with the typing before them in one undo step</h3>
        <DraftComposer placeholder="No emoji, merged undo" ariaLabel="Post text merged undo" buttonTestId="tweetButtonInline" buttonText="Reply" avatarName="Lab" mode="strip-emoji-merging" />
      </section>
      <section data-lab="plain">
        <h3>Plain contenteditable</h3>
        <PlainEditable label="Plain box" testId="lab-plain" />
      </section>
      <section data-lab="plain-reject">
        <h3>Plain contenteditable, refuses every change</h3>
        <PlainEditable label="Locked plain box" testId="lab-plain-reject" mode="reject" />
      </section>
      <section data-lab="not-editable">
        <h3>Not editable</h3>
        <NotEditable label="Read-only box" testId="lab-not-editable" />
      </section>
    </div>
  );
}
