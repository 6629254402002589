import { useRef, type ReactNode } from 'react';

/**
 * A button that opens the file chooser, with its hidden input (which tests fill directly). The
 * input is emptied after each choice so choosing the same file again is still noticed.
 */
export function FileButton({
  children,
  accept,
  testId,
  inputTestId,
  onFile,
}: {
  children: ReactNode;
  accept: string;
  testId: string;
  inputTestId: string;
  onFile(file: File): void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" data-testid={testId} onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        data-testid={inputTestId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
