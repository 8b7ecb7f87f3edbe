#!/usr/bin/env bash
# Regenerates sample-interview.ogg: synthetic speech (espeak-ng, two voices) of a short, entirely invented
# interview. No real person is named. Output is committed so `make demo` needs no speech synthesiser.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
say() { espeak-ng -v "$1" -p "$2" -s 135 -w "$tmp/$3.wav" "$4"; }
say en-us 35 1 "Thank you for agreeing to talk. Could you tell me what happened to your sister?"
say en-us 80 2 "My sister Maria Ivanova was detained in Minsk on the twelfth of August 2020. She was held at Okrestina for ten days. Now she is in penal colony number fifteen in Mogilev."
say en-us 35 3 "How do you keep in touch with her?"
say en-us 80 4 "I write letters every week. Her lawyer, Pavel Sokolov, visits once a month. People can reach me on plus three seven five, two nine, one two three, four five, six seven."
sox "$tmp/1.wav" "$tmp/2.wav" "$tmp/3.wav" "$tmp/4.wav" -r 16000 -c 1 "$tmp/all.wav" pad 0.3 0.3 2>/dev/null \
  || ffmpeg -loglevel error -y -i "concat:$tmp/1.wav|$tmp/2.wav|$tmp/3.wav|$tmp/4.wav" -ar 16000 -ac 1 "$tmp/all.wav"
ffmpeg -loglevel error -y -i "$tmp/all.wav" -c:a libopus -b:a 24k sample-interview.ogg
echo "wrote $(pwd)/sample-interview.ogg"
