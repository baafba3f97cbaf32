/**
 * Imported for its effect by the tests that use Testing Library's findBy and waitFor: by default
 * they give up after 1 s, which a loaded machine can outrun. They wait for a condition, so a
 * generous bound is only a hang guard.
 */
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 10_000 });
