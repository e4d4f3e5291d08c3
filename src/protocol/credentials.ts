/** What a device keeps to rejoin its team or its host session after a reload or a sleep. */

export interface TeamCredentials {
  code: string;
  teamId: string;
  token: string;
}

export interface HostCredentials {
  code: string;
  hostToken: string;
}
