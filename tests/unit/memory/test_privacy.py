"""secure_data_dir: folders 700, files lose group and other bits, links are left alone."""

from __future__ import annotations

import stat

from careerpilot.memory.privacy import secure_data_dir


def mode(path):
    return stat.S_IMODE(path.lstat().st_mode)


def test_a_new_data_dir_is_created_700(tmp_path):
    assert secure_data_dir(tmp_path / "new" / "data") == 0
    assert mode(tmp_path / "new" / "data") == 0o700


def test_group_and_other_bits_are_removed_and_the_count_returned(tmp_path):
    data = tmp_path / "data"
    (data / "chroma").mkdir(parents=True, mode=0o755)
    (data / "careerpilot.db").write_text("")
    (data / "careerpilot.db").chmod(0o664)
    (data / "chroma" / "run.sh").write_text("")
    (data / "chroma" / "run.sh").chmod(0o755)
    data.chmod(0o755)

    assert secure_data_dir(data) == 4
    assert (mode(data), mode(data / "chroma")) == (0o700, 0o700)
    assert (mode(data / "careerpilot.db"), mode(data / "chroma" / "run.sh")) == (0o600, 0o700)
    assert secure_data_dir(data) == 0


def test_a_symbolic_link_and_its_target_are_left_alone(tmp_path):
    outside = tmp_path / "shared.txt"
    outside.write_text("")
    outside.chmod(0o644)
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "link").symlink_to(outside)

    secure_data_dir(data)

    assert mode(outside) == 0o644
