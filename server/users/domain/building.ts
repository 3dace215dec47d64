/** A building (楼栋) of the community, its units and the grid worker (网格员) who looks after it. */
export interface Building {
  id: string;
  name: string;
  units: string[];
  order: number;
  gridWorkerId?: string;
}

export const hasUnit = (building: Building, unit: string): boolean => building.units.includes(unit);
