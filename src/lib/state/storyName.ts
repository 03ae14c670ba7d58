/**
 * Story names, apart from the story checker: the URL reader needs only this, and importing the
 * checker into the first load would pull the whole story code with it.
 */

/** Names are file names under static/stories/: lowercase letters, digits and hyphens only. */
const STORY_NAME_PATTERN = /^[a-z0-9-]{1,64}$/;

export function isStoryName(name: string): boolean {
  return STORY_NAME_PATTERN.test(name);
}
