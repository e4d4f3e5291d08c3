import type * as Phaser from 'phaser';
import type { Painter } from './painting.ts';
import {
  carPark,
  restaurantFloor,
  returnsDesk,
  selfCheckout,
  storeCheckout,
} from './backdrops-retail.ts';
import {
  councilReception,
  fashionCounter,
  pharmacyCounter,
  serviceDesk,
  ticketOffice,
} from './backdrops-counters.ts';
import { chatDesk, phoneBanking, teamFloor } from './backdrops-floors.ts';
import { callCentre, clinicReception, homeOffice, office, salesOffice } from './backdrops-work.ts';

const corridor: Painter = (g, w, h) => {
  g.fillStyle(0xe8dcc4).fillRect(0, 0, w, h);
  g.fillStyle(0xd3c19f).fillRect(0, h * 0.62, w, 8);
  g.fillStyle(0x7a2e2e).fillRect(0, h * 0.74, w, h * 0.26);
  g.fillStyle(0x9b4040).fillRect(0, h * 0.8, w, h * 0.04);
  for (let x = 60; x < w; x += 260) {
    g.fillStyle(0x6b4a2f).fillRect(x, h * 0.22, 110, h * 0.52);
    g.fillStyle(0xc9a227).fillCircle(x + 95, h * 0.5, 5);
    g.fillStyle(0xfff3c4, 0.8).fillCircle(x + 185, h * 0.28, 16);
  }
};

const room: Painter = (g, w, h) => {
  g.fillStyle(0xdfe6ea).fillRect(0, 0, w, h);
  g.fillStyle(0x1d2b4a).fillRect(w * 0.06, h * 0.12, w * 0.3, h * 0.38);
  g.fillStyle(0xf4f1d0).fillCircle(w * 0.28, h * 0.22, 14);
  g.fillStyle(0xbfc7cc).fillRect(w * 0.6, h * 0.1, w * 0.3, h * 0.1);
  g.fillStyle(0x8c969c).fillRect(w * 0.62, h * 0.17, w * 0.26, 6);
  g.fillStyle(0x5d6d7e).fillRect(0, h * 0.78, w, h * 0.22);
  g.fillStyle(0xf7f7f2).fillRect(w * 0.04, h * 0.6, w * 0.36, h * 0.2);
  g.fillStyle(0x8fa9c4).fillRect(w * 0.04, h * 0.56, w * 0.36, h * 0.06);
};

const basement: Painter = (g, w, h) => {
  g.fillStyle(0x6e7276).fillRect(0, 0, w, h);
  g.fillStyle(0x55595d).fillRect(0, h * 0.75, w, h * 0.25);
  g.fillStyle(0x8a6e4b)
    .fillRect(0, h * 0.1, w, 12)
    .fillRect(0, h * 0.16, w, 8);
  for (let x = 40; x < w; x += 200) {
    g.fillStyle(0x3f4346).fillRect(x, h * 0.3, 120, h * 0.45);
    g.fillStyle(0x9aa0a6)
      .fillRect(x + 8, h * 0.42, 104, 4)
      .fillRect(x + 8, h * 0.58, 104, 4);
  }
  g.fillStyle(0xffe08a, 0.9).fillCircle(w * 0.5, h * 0.05, 10);
};

const lobby: Painter = (g, w, h) => {
  g.fillStyle(0xf2e6d0).fillRect(0, 0, w, h);
  g.fillStyle(0x8c6d46).fillRect(w * 0.62, h * 0.14, 220, 120);
  for (let i = 0; i < 12; i++)
    g.fillStyle(0xc9a227).fillCircle(
      w * 0.62 + 24 + (i % 6) * 34,
      h * 0.14 + 36 + Math.floor(i / 6) * 44,
      6,
    );
  g.fillStyle(0x2f6d4f).fillCircle(70, h * 0.5, 40);
  g.fillStyle(0x6b4a2f).fillRect(52, h * 0.56, 36, 50);
  g.fillStyle(0xb08d57).fillRect(0, h * 0.78, w, h * 0.22);
  g.fillStyle(0x5a3d2b).fillRect(0, h * 0.64, w, h * 0.14);
  g.fillStyle(0x7a5a3f).fillRect(0, h * 0.62, w, h * 0.03);
};

const fallback: Painter = (g, w, h) => {
  g.fillStyle(0xe6e9ee).fillRect(0, 0, w, h);
  g.fillStyle(0xc5ccd6).fillRect(0, h * 0.7, w, h * 0.3);
  g.fillStyle(0x8793a3).fillRect(w * 0.05, h * 0.62, w * 0.9, h * 0.08);
};

export const PAINTERS: Readonly<Record<string, Painter>> = {
  'hotel-corridor': corridor,
  'hotel-room': room,
  'hotel-basement': basement,
  'hotel-lobby': lobby,
  'store-checkout': storeCheckout,
  'self-checkout': selfCheckout,
  'car-park': carPark,
  'restaurant-floor': restaurantFloor,
  'returns-desk': returnsDesk,
  'home-office': homeOffice,
  'clinic-reception': clinicReception,
  'call-centre': callCentre,
  office,
  'sales-office': salesOffice,
  'fashion-counter': fashionCounter,
  'ticket-office': ticketOffice,
  'team-floor': teamFloor,
  'service-desk': serviceDesk,
  'council-reception': councilReception,
  'chat-desk': chatDesk,
  'phone-banking': phoneBanking,
  'pharmacy-counter': pharmacyCounter,
};

/** Scene ids without a drawing of their own get a neutral counter: a new story still plays. */
export function paintBackdrop(
  g: Phaser.GameObjects.Graphics,
  id: string,
  w: number,
  h: number,
): void {
  g.clear();
  (PAINTERS[id] ?? fallback)(g, w, h);
}
