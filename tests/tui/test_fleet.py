"""Pilot test of `gpufix fleet summarize`'s screen over the recorded 60-node fleet
(tests/fleet/data/cluster): statuses, diagnoses and skew with their nodes in hostlist notation,
the highlighted row's nodes in full below, q quits with the summary's exit code."""
from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList, Static

from gpufix.fleet.sources import input_files, read_entries
from gpufix.fleet.summary import summarize_entries
from gpufix.tui.fleet_app import FleetApp
from gpufix.tui.screens.fleet import FleetScreen

from .conftest import screen_text, settle  # noqa: F401 (importlib mode)

CLUSTER = Path(__file__).resolve().parents[1] / "fleet" / "data" / "cluster"
SIZE = (110, 40)


def _summary():
    return summarize_entries(read_entries(input_files([str(CLUSTER)])))


async def test_the_fleet_screen_lists_statuses_findings_and_skew_with_their_nodes() -> None:
    app = FleetApp(_summary(), "en")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, FleetScreen)
        text = screen_text(app)
        assert "gpufix fleet: 60 node(s)" in text
        assert "error" in text and "gpu[025-032,037,042,047,049]" in text  # the first row, highlighted
        detail = app.screen.query_one("#fleet-detail", Static)
        assert "gpu[025-032,037,042,047,049]" in str(detail.render())
        listing = app.screen.query_one("#fleet-list", OptionList)
        prompts = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert any("The installed build has no kernels for the GPU's architecture" in p for p in prompts)
        assert any(p.startswith("* ") and "535.161.08" in p for p in prompts)  # an odd driver, marked
        assert any(p.startswith("  ") and "535.104.05" in p for p in prompts)  # the fleet's norm, not marked
        # Down to the first diagnosis: the detail pane shows its id and nodes.
        for _ in range(4):
            await pilot.press("down")
        await settle(pilot)
        assert "gpu-arch-unsupported" in str(detail.render()) and "gpu[025-032,042]" in str(detail.render())
        await pilot.press("q")
    assert app.return_code in (0, None) and app.exit_code == 1


async def test_the_fleet_screen_speaks_chinese() -> None:
    app = FleetApp(_summary(), "zh")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "gpufix 集群：60 个节点" in text and "按状态分组的节点" in text
