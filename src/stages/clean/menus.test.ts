import { describe, expect, it } from 'vitest';
import { menuBlocks } from './menus.js';

describe('menuBlocks', () => {
  it('flags a run of short bulleted lines, in one block or several', () => {
    expect([...menuBlocks(['• Home\n• Sport\n• Weather', 'Rebels attacked the town on Sunday.'])]).toEqual([0]);
    expect([...menuBlocks(['• Home', '• Sport', '• War in Sudan', 'Rebels attacked the town on Sunday.'])]).toEqual([0, 1, 2]);
  });
  it('keeps bulleted lists that are too short or too long to be menus', () => {
    expect(menuBlocks(['• Home', 'Rebels attacked the town on Sunday.', '• Sport']).size).toBe(0);
    expect(menuBlocks(['• Three soldiers were killed when their convoy hit a mine near the border', '• Two more were wounded', '• One is missing']).size).toBe(0);
  });
});
