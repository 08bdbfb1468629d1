import type { Span } from '../ast/span.ts';
import { issueAt } from '../issues/issue-at.ts';
import { ParseFailure } from './parse-failure.ts';
import type { Token } from './token.ts';

/** The parser's position in the token list, with the look-ahead and error helpers it needs. */
export class TokenCursor {
  private index = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  /** The token `ahead` places on (the `end` token once past the last). */
  peek(ahead = 0): Token {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)] as Token;
  }

  next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  isKeyword(word: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind === 'identifier' && token.text.toLowerCase() === word;
  }

  isPunctuation(char: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind === 'punctuation' && token.text === char;
  }

  /** The span from `first` to the end of the last token taken. */
  spanFrom(first: Token): Span {
    const last = this.tokens[Math.max(0, this.index - 1)] ?? first;
    return { ...first.span, end: Math.max(first.span.end, last.span.end) };
  }

  /** Stops parsing at `token` (default: the next one), saying what was expected there. */
  fail(expected: string, token: Token = this.peek()): never {
    if (token.kind === 'end') {
      throw new ParseFailure(
        issueAt('unexpected_end', { problem: 'the rule ends too soon', span: token.span, hint: expected }),
      );
    }
    const problem = `unexpected '${token.text}'`;
    throw new ParseFailure(issueAt('unexpected_token', { problem, span: token.span, hint: expected }));
  }
}
