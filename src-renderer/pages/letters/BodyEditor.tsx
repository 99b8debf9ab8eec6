// The letter's body as the secretary edits it: a small rich-text area (paragraphs, bold, lists,
// a quoted clause, alignment). What is pasted arrives as plain text; the core keeps only the elements a
// letter needs when it saves.
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import FormatBold from '@mui/icons-material/FormatBold';
import FormatItalic from '@mui/icons-material/FormatItalic';
import FormatUnderlined from '@mui/icons-material/FormatUnderlined';
import FormatListNumbered from '@mui/icons-material/FormatListNumbered';
import FormatListBulleted from '@mui/icons-material/FormatListBulleted';
import FormatQuote from '@mui/icons-material/FormatQuote';
import Notes from '@mui/icons-material/Notes';
import FormatAlignRight from '@mui/icons-material/FormatAlignRight';
import FormatAlignCenter from '@mui/icons-material/FormatAlignCenter';
import FormatAlignLeft from '@mui/icons-material/FormatAlignLeft';
import FormatAlignJustify from '@mui/icons-material/FormatAlignJustify';
import { lettersMessages as m } from '../../messages/letters';

const TOOLS = [
  { cmd: 'formatBlock', arg: 'p', icon: <Notes />, label: m.paragraph },
  { cmd: 'bold', icon: <FormatBold />, label: m.bold },
  { cmd: 'italic', icon: <FormatItalic />, label: m.italic },
  { cmd: 'underline', icon: <FormatUnderlined />, label: m.underline },
  { cmd: 'insertOrderedList', icon: <FormatListNumbered />, label: m.numbered },
  { cmd: 'insertUnorderedList', icon: <FormatListBulleted />, label: m.bulleted },
  { cmd: 'formatBlock', arg: 'blockquote', icon: <FormatQuote />, label: m.quote },
  { cmd: 'justifyRight', icon: <FormatAlignRight />, label: m.alignRight },
  { cmd: 'justifyCenter', icon: <FormatAlignCenter />, label: m.alignCenter },
  { cmd: 'justifyLeft', icon: <FormatAlignLeft />, label: m.alignLeft },
  { cmd: 'justifyFull', icon: <FormatAlignJustify />, label: m.alignJustify },
] as const;

export interface BodyEditorHandle {
  insert(text: string): void;
}

export function BodyEditor({
  value,
  onChange,
  label,
  disabled = false,
  testId = 'letter-body-editor',
  handle,
}: {
  value: string;
  onChange: (html: string) => void;
  label: string;
  disabled?: boolean;
  testId?: string;
  /** lets the page type text at the caret (a field's name from the template editor's list) */
  handle?: Ref<BodyEditorHandle>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useImperativeHandle(handle, () => ({
    insert: (text: string) => {
      const el = ref.current;
      if (!el) return;
      // the caret stays where it was when the editor had it; otherwise the text goes at the end
      if (!el.contains(document.activeElement)) {
        el.focus();
        const range = document.createRange();
        range.selectNodeContents(el);
        range.collapse(false);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      }
      document.execCommand('insertText', false, text);
      onChange(el.innerHTML);
    },
  }));
  // set from outside only when it differs, so typing never moves the caret
  useEffect(() => {
    const el = ref.current;
    if (el && el.innerHTML !== value) el.innerHTML = value;
  }, [value]);

  const emit = () => ref.current && onChange(ref.current.innerHTML);
  const exec = (cmd: string, arg?: string) => {
    ref.current?.focus();
    // execCommand is old but it is what contentEditable still offers for these few commands
    document.execCommand(cmd, false, arg);
    emit();
  };

  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, '&:focus-within': { borderColor: 'primary.main' } }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.25, p: '2px 4px', borderBottom: 1, borderColor: 'divider' }}>
        {TOOLS.map((t) => (
          <Tooltip key={t.label} title={t.label}>
            <span>
              <IconButton
                size="small"
                disabled={disabled}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => exec(t.cmd, 'arg' in t ? t.arg : undefined)}
                aria-label={t.label}
              >
                {t.icon}
              </IconButton>
            </span>
          </Tooltip>
        ))}
      </Box>
      <Box
        ref={ref}
        role="textbox"
        aria-multiline="true"
        aria-label={label}
        data-testid={testId}
        contentEditable={!disabled}
        suppressContentEditableWarning
        dir="rtl"
        onInput={emit}
        onBlur={emit}
        onPaste={(e) => {
          e.preventDefault();
          document.execCommand('insertText', false, e.clipboardData.getData('text/plain'));
          emit();
        }}
        sx={{
          minHeight: 260,
          maxHeight: 520,
          overflowY: 'auto',
          p: 1.5,
          outline: 'none',
          lineHeight: 2,
          textAlign: 'justify',
          '& p': { m: 0, mb: 1 },
          '& blockquote': {
            m: 0,
            mb: 1,
            px: 1.5,
            borderInlineStart: 3,
            borderColor: 'divider',
            bgcolor: 'action.hover',
          },
          '& table': { borderCollapse: 'collapse', width: '100%' },
          '& td, & th': { border: 1, borderColor: 'divider', p: 0.5 },
        }}
      />
    </Box>
  );
}
