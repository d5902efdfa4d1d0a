#!/usr/bin/python3
"""run_summary_test.py: bench/run.py's reading of the paired parse rounds - the median round is the goal's figure,
and a run whose rounds saw the machine's speed swing (either side's rate differing by more than a fifth) is marked
unsteady. The bench itself stays out of CTest; this reads only the summary, on figures like those of real runs."""
import sys
import unittest
from pathlib import Path

sys.dont_write_bytecode = True  # a test leaves nothing behind, in the source tree neither
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import run  # noqa: E402


def round_of(python, ours):
    return {"python_email_files_per_second_cpu": python, "decode_analyse": {"mails_per_second_cpu_best": ours},
            "ratio": ours / python}


class SummaryTest(unittest.TestCase):
    def test_a_steady_run_gives_its_median_round(self):
        # The thirty-second session's end run, worst case: 10.9x, 11.4x, 11.0x.
        rounds = [round_of(945.8, 10324), round_of(926.9, 10549), round_of(957.2, 10558)]
        s = run.summarise_paired_rounds(rounds)
        self.assertFalse(s["unsteady"])
        self.assertIs(s["middle"], rounds[2])
        self.assertAlmostEqual(s["spread_python"], 957.2 / 926.9)
        self.assertAlmostEqual(s["spread_ours"], 10558 / 10324)
        self.assertEqual(s["python_range"], (926.9, 957.2))
        self.assertEqual(s["ours_range"], (10324, 10558))

    def test_python_swinging_marks_the_run(self):
        # The run set aside in the thirty-first session: 15.3x, 7.9x, 16.5x with Python at 622-914 files/s.
        rounds = [round_of(628, 9608), round_of(914, 7213), round_of(622, 10263)]
        s = run.summarise_paired_rounds(rounds)
        self.assertTrue(s["unsteady"])
        self.assertIs(s["middle"], rounds[0])

    def test_our_side_swinging_marks_the_run_too(self):
        rounds = [round_of(700, 11057), round_of(702, 15982), round_of(698, 14000)]
        self.assertTrue(run.summarise_paired_rounds(rounds)["unsteady"])

    def test_the_bound_is_a_fifth(self):
        self.assertFalse(run.summarise_paired_rounds([round_of(1000, 10000), round_of(1200, 12000)])["unsteady"])
        self.assertTrue(run.summarise_paired_rounds([round_of(1000, 10000), round_of(1201, 10000)])["unsteady"])

    def test_the_median_of_an_even_count_is_the_upper_middle(self):
        rounds = [round_of(1000, r) for r in (11000, 10000, 13000, 12000)]
        self.assertEqual(run.summarise_paired_rounds(rounds)["middle"]["ratio"], 12.0)

    def test_no_rounds_is_an_error(self):
        with self.assertRaises(ValueError):
            run.summarise_paired_rounds([])


if __name__ == "__main__":
    unittest.main()
