/** The pane's two status bars: a success notice and an error with its title, the same in every panel and host. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactElement } from 'react';

/** A success notice (what was written), or nothing. */
export function NoticeBar({ notice }: { readonly notice: string | null | undefined }): ReactElement | null {
  if (!notice) return null;
  return (
    <MessageBar intent="success">
      <MessageBarBody>{notice}</MessageBarBody>
    </MessageBar>
  );
}

/** An error under its title, announced to screen readers, or nothing. */
export function ErrorBar(props: { readonly title: string; readonly error: string | null | undefined; readonly className?: string; readonly testId?: string }): ReactElement | null {
  if (!props.error) return null;
  return (
    <MessageBar intent="error" role="alert" className={props.className} data-testid={props.testId}>
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        {props.error}
      </MessageBarBody>
    </MessageBar>
  );
}
